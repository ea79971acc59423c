<?php
/**
 * A block per element (`sciatica-widgets/<tag>`), rendered on the server like the shortcodes, so
 * there is no JavaScript build step: the editor script (assets/blocks.js) uses wp.blocks and
 * wp.element.createElement only, and shows a form (an exercise picker for the card) instead of a live
 * preview. The attributes are the element's, from custom-elements.json.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block attributes of an element: every documented attribute, boolean or text.
 *
 * @param array $element Element description.
 * @return array
 */
function sciatica_widgets_block_attributes( array $element ) {
	$attributes = array();
	foreach ( $element['attributes'] as $name => $attribute ) {
		$attributes[ $name ] = 'boolean' === $attribute['type']
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array( 'type' => 'string' );
	}
	return $attributes;
}

/**
 * Renders a block as its element.
 *
 * @param array $attributes Block attributes.
 * @param string $content  Saved content (none: the block is dynamic).
 * @param WP_Block|null $block The block.
 * @return string
 */
function sciatica_widgets_render_block( $attributes, $content = '', $block = null ) {
	$name = $block instanceof WP_Block ? $block->name : '';
	$tag  = preg_replace( '#^sciatica-widgets/#', '', $name );
	$post = get_post();
	sciatica_widgets_enqueue();
	return sciatica_widgets_render_element( $tag, (array) $attributes, $post ? sciatica_widgets_user_is_trusted( (int) $post->post_author ) : false );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'sciatica-widgets-blocks',
			plugins_url( 'assets/blocks.js', SCIATICA_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
			SCIATICA_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( 'sciatica-widgets-blocks', 'sciatica-widgets', plugin_dir_path( SCIATICA_WIDGETS_FILE ) . 'languages' );
		foreach ( sciatica_widgets_elements() as $tag => $element ) {
			register_block_type(
				'sciatica-widgets/' . $tag,
				array(
					'api_version'     => 2,
					'title'           => $element['title'],
					'description'     => $element['summary'],
					'category'        => 'widgets',
					'icon'            => 'heart',
					'keywords'        => array( 'sciatica', 'back pain', 'exercise' ),
					'attributes'      => sciatica_widgets_block_attributes( $element ),
					'supports'        => array( 'html' => false ),
					'editor_script'   => 'sciatica-widgets-blocks',
					'render_callback' => 'sciatica_widgets_render_block',
				)
			);
		}
	}
);
