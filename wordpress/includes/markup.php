<?php
/**
 * Writing and reading our tags in HTML: an element from attributes (for shortcodes and blocks), and
 * the site's settings added to the tags already in a page where they leave them out. Every value goes
 * through esc_attr(); attributes are parsed with wp_kses_hair(), WordPress's own attribute parser
 * (WordPress 6.1 has no HTML tag processor yet).
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Writes `<tag attr="…">inner</tag>`. Only the element's documented attributes are kept; a boolean
 * attribute is written without a value when it is on and left out when it is off; an enumerated one
 * keeps only its listed values; an attribute only trusted users may set is dropped for others.
 *
 * @param string $tag     Our tag.
 * @param array  $values  Attribute name => value (booleans as true/false or "true"/"false"/"1"/"0").
 * @param bool   $trusted Whether the content's author may post unfiltered HTML.
 * @param string $inner   HTML to put inside (already safe: the slotted cue texts, escaped by the caller).
 * @return string
 */
function sciatica_widgets_render_element( $tag, array $values, $trusted, $inner = '' ) {
	$element = sciatica_widgets_element( $tag );
	if ( ! $element ) {
		return '';
	}
	$html = '<' . $tag;
	foreach ( $element['attributes'] as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		if ( $attribute['trusted'] && ! $trusted ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['type'] ) {
			if ( sciatica_widgets_is_on( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( $attribute['enum'] && ! in_array( $value, $attribute['enum'], true ) ) {
			// The element would fall back and warn in the console; a blogger never sees that, so
			// leave it out here and let the element use its default.
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . $inner . '</' . $tag . '>';
}

/**
 * Whether a shortcode or block value turns a boolean attribute on.
 *
 * @param mixed $value Value.
 * @return bool
 */
function sciatica_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$value = strtolower( trim( (string) $value ) );
	return ! in_array( $value, array( '', '0', 'false', 'no', 'off' ), true );
}

/**
 * The regular expression of an opening tag of ours: the tag name, then its attributes (quoted values
 * may hold ">").
 *
 * @return string
 */
function sciatica_widgets_tag_pattern() {
	$tags = array_map(
		function ( $tag ) {
			return preg_quote( $tag, '/' );
		},
		array_keys( sciatica_widgets_elements() )
	);
	return '/<(' . implode( '|', $tags ) . ')((?:\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?)*)\s*(\/?)>/i';
}

/**
 * Whether the HTML has one of our elements (or one of our shortcodes, not yet expanded).
 *
 * @param string $html HTML.
 * @return bool
 */
function sciatica_widgets_has_element( $html ) {
	if ( ! is_string( $html ) || '' === $html ) {
		return false;
	}
	if ( preg_match( sciatica_widgets_tag_pattern(), $html ) ) {
		return true;
	}
	foreach ( sciatica_widgets_elements() as $element ) {
		if ( has_shortcode( $html, $element['shortcode'] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Adds the site's clinic name, clinic phone and emergency number (Settings › Sciatica widgets) to
 * each of our tags that takes the attribute and does not set it.
 *
 * @param string $html HTML.
 * @return string
 */
function sciatica_widgets_fill_settings( $html ) {
	$settings = array_filter( sciatica_widgets_settings(), 'strlen' );
	if ( ! $settings ) {
		return $html;
	}
	return preg_replace_callback(
		sciatica_widgets_tag_pattern(),
		function ( $match ) use ( $settings ) {
			$tag     = strtolower( $match[1] );
			$element = sciatica_widgets_element( $tag );
			$present = array();
			foreach ( wp_kses_hair( $match[2], wp_allowed_protocols() ) as $name => $attribute ) {
				$present[ strtolower( $name ) ] = true;
			}
			$added = '';
			foreach ( $settings as $name => $value ) {
				if ( isset( $element['attributes'][ $name ] ) && ! isset( $present[ $name ] ) ) {
					$added .= ' ' . $name . '="' . esc_attr( $value ) . '"';
				}
			}
			return '' === $added ? $match[0] : '<' . $match[1] . $match[2] . $added . $match[3] . '>';
		},
		$html
	);
}
