<?php
/**
 * The kses allow-list: every role that may post (Author, Contributor…) keeps our tags and their
 * documented attributes when saving, where WordPress would otherwise strip unknown tags. Generated
 * from custom-elements.json (includes/elements-data.php). `slot` is allowed on `span` for the glide
 * timer's own cue texts. An attribute only trusted users may set (storage-key) is allowed only for
 * users with `unfiltered_html`, who are not filtered anyway on a single site: the line matters on a
 * multisite network, where only super admins have that capability.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds our tags to the allow-list of post content.
 *
 * @param array        $allowed Tag => attributes allowed.
 * @param string|array $context The kses context.
 * @return array
 */
function sciatica_widgets_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	$trusted = sciatica_widgets_user_is_trusted();
	foreach ( sciatica_widgets_elements() as $tag => $element ) {
		$attributes = isset( $allowed[ $tag ] ) && is_array( $allowed[ $tag ] ) ? $allowed[ $tag ] : array();
		foreach ( $element['attributes'] as $name => $attribute ) {
			if ( $attribute['trusted'] && ! $trusted ) {
				continue;
			}
			$attributes[ $name ] = true;
		}
		// Global attributes a page author may use to style or address the element.
		foreach ( array( 'id', 'class', 'lang', 'dir', 'title' ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	if ( ! isset( $allowed['span'] ) || ! is_array( $allowed['span'] ) ) {
		$allowed['span'] = array();
	}
	$allowed['span']['slot'] = true;
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'sciatica_widgets_kses_allowed_html', 10, 2 );
