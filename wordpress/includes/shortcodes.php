<?php
/**
 * One shortcode per element, for the classic editor and page builders: `[exercise_card
 * exercise="mckenzie-press-up"]`, `[pain_map view="back"]`… Attributes are the element's own, with
 * `-` or `_` (`clinic-name` or `clinic_name`); a boolean is on when named alone (`[exercise_card
 * exercise="glute-bridge" compact]`) or set to anything but false/0/no/off. Text between an opening
 * and a closing glide-timer shortcode is not used: the cue texts are set with `[nerve_glide_timer
 * extension_cue="…"]`-style attributes only where the element documents them.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders one of our shortcodes as its element.
 *
 * @param array|string $atts Shortcode attributes (a string when there are none).
 * @param string|null  $content Enclosed content (ignored).
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function sciatica_widgets_shortcode( $atts, $content, $shortcode ) {
	$tag = str_replace( '_', '-', $shortcode );
	$element = sciatica_widgets_element( $tag );
	if ( ! $element ) {
		return '';
	}
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: a boolean attribute named alone.
			$name = strtolower( str_replace( '_', '-', (string) $value ) );
			if ( isset( $element['attributes'][ $name ] ) && 'boolean' === $element['attributes'][ $name ]['type'] ) {
				$values[ $name ] = true;
			}
			continue;
		}
		$values[ strtolower( str_replace( '_', '-', $key ) ) ] = $value;
	}
	sciatica_widgets_enqueue();
	// The shortcode is expanded when the page is shown, whoever views it: the rule for attributes
	// only trusted users may set follows the post's author, as kses does when the post is saved.
	$post    = get_post();
	$trusted = $post ? sciatica_widgets_user_is_trusted( (int) $post->post_author ) : false;
	return sciatica_widgets_render_element( $tag, $values, $trusted );
}

add_action(
	'init',
	function () {
		foreach ( sciatica_widgets_elements() as $element ) {
			add_shortcode( $element['shortcode'], 'sciatica_widgets_shortcode' );
		}
	}
);
