<?php
/**
 * The elements as custom-elements.json describes them: tags, attributes, slots, and the exercise
 * catalogue for the block editor's picker. The data file is written by scripts/build-wordpress.mjs
 * when the plugin is built, so a new element or attribute reaches the allow-list, the shortcodes and
 * the blocks without an edit here.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Everything generated from the manifest: `elements` (tag => shortcode, title, attributes, slots),
 * `settings` (site-wide values per attribute) and `exercises` (id, title, category).
 *
 * @return array
 */
function sciatica_widgets_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require __DIR__ . '/elements-data.php';
	}
	return $data;
}

/**
 * Tag => element description.
 *
 * @return array
 */
function sciatica_widgets_elements() {
	return sciatica_widgets_data()['elements'];
}

/**
 * One element's description, or null for a tag that is not ours.
 *
 * @param string $tag Tag name.
 * @return array|null
 */
function sciatica_widgets_element( $tag ) {
	$elements = sciatica_widgets_elements();
	return isset( $elements[ $tag ] ) ? $elements[ $tag ] : null;
}

/**
 * Whether the author of this content may set attributes that only trusted users may (storage-key:
 * it writes to the visitor's browser storage under a name the author picks). The same rule as kses:
 * users who may post unfiltered HTML.
 *
 * @param int|null $user_id User to ask about; null for the current user.
 * @return bool
 */
function sciatica_widgets_user_is_trusted( $user_id = null ) {
	if ( null === $user_id ) {
		return current_user_can( 'unfiltered_html' );
	}
	return $user_id > 0 && user_can( $user_id, 'unfiltered_html' );
}
