/**
 * The block editor's side of the blocks `sciatica-widgets/<tag>`: a form for the element's
 * attributes, with an exercise picker for the card. No build step: plain wp.blocks and
 * wp.element.createElement. The blocks are dynamic (saved as their attributes, rendered on the server
 * as the element), and their title and attributes come from the server's registration.
 *
 * ELEMENTS is written in by scripts/build-wordpress.mjs from custom-elements.json and the catalogue.
 */
(function (wp) {
  'use strict';
  var ELEMENTS = null; /* @generated: elements */
  var EXERCISES = null; /* @generated: exercises */
  if (!wp || !wp.blocks || !ELEMENTS) return;

  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var components = wp.components;
  var blockEditor = wp.blockEditor;

  /** One control for one attribute: a toggle, a choice among its values, or text. */
  function control(name, attribute, value, set) {
    var label = name.replace(/-/g, ' ');
    label = label.charAt(0).toUpperCase() + label.slice(1);
    var help = attribute.description || undefined;
    if (attribute.type === 'boolean') {
      return el(components.ToggleControl, { key: name, label: label, help: help, checked: !!value, onChange: set });
    }
    if (name === 'exercise' && EXERCISES) {
      return el(components.SelectControl, {
        key: name,
        label: __('Exercise', 'sciatica-widgets'),
        value: value || '',
        options: [{ value: '', label: __('Choose an exercise…', 'sciatica-widgets') }].concat(
          EXERCISES.map(function (exercise) {
            return { value: exercise.id, label: exercise.title + ' (' + exercise.categoryName + ')' };
          }),
        ),
        onChange: set,
      });
    }
    if (attribute.enum) {
      return el(components.SelectControl, {
        key: name,
        label: label,
        help: help,
        value: value || '',
        options: [{ value: '', label: __('Default', 'sciatica-widgets') + (attribute.default ? ' (' + attribute.default + ')' : '') }].concat(
          attribute.enum.map(function (option) {
            return { value: option, label: option };
          }),
        ),
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: name,
      label: label,
      help: help,
      type: attribute.type === 'number' ? 'number' : 'text',
      value: value || '',
      onChange: set,
    });
  }

  Object.keys(ELEMENTS).forEach(function (tag) {
    var element = ELEMENTS[tag];
    var names = Object.keys(element.attributes).filter(function (name) {
      // storage-key is for users who may post unfiltered HTML: the server leaves it out for others.
      return !element.attributes[name].trusted;
    });
    wp.blocks.registerBlockType('sciatica-widgets/' + tag, {
      edit: function (props) {
        var attributes = props.attributes;
        var controls = names.map(function (name) {
          return control(name, element.attributes[name], attributes[name], function (value) {
            var change = {};
            change[name] = value;
            props.setAttributes(change);
          });
        });
        var chosen = tag === 'exercise-card' && EXERCISES
          ? EXERCISES.filter(function (exercise) {
              return exercise.id === attributes.exercise;
            })[0]
          : null;
        var blockProps = blockEditor.useBlockProps ? blockEditor.useBlockProps() : {};
        return el(
          'div',
          blockProps,
          el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: __('Settings', 'sciatica-widgets') }, controls)),
          el(
            components.Placeholder,
            {
              icon: 'heart',
              label: element.title,
              instructions: chosen ? chosen.title : element.summary,
            },
            tag === 'exercise-card' ? controls[names.indexOf('exercise')] : null,
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp);
