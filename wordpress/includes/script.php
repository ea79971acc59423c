<?php
/**
 * The script: dist/autoloader.js, shipped in assets/ with the split build (assets/esm/) beside it. It
 * is enqueued only for a page whose content has one of our elements (a tag, a shortcode or a block),
 * from the filters that render that content, so it is printed in the footer, with `defer`. A page
 * without an element gets nothing. No inline script is added (a site's CSP can keep script-src to
 * its own origin for our part).
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SCIATICA_WIDGETS_HANDLE = 'sciatica-widgets';

/** Registers the autoloader; `defer` through the script API on WordPress 6.3+, else through the tag filter. */
function sciatica_widgets_register_script() {
	global $wp_version;
	$src = plugins_url( 'assets/autoloader.js', SCIATICA_WIDGETS_FILE );
	if ( version_compare( $wp_version, '6.3', '>=' ) ) {
		wp_register_script(
			SCIATICA_WIDGETS_HANDLE,
			$src,
			array(),
			SCIATICA_WIDGETS_VERSION,
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
	} else {
		// WordPress 6.1 and 6.2 read the fifth argument as "in footer" only.
		wp_register_script( SCIATICA_WIDGETS_HANDLE, $src, array(), SCIATICA_WIDGETS_VERSION, true );
		add_filter( 'script_loader_tag', 'sciatica_widgets_defer_tag', 10, 2 );
	}
}
add_action( 'wp_enqueue_scripts', 'sciatica_widgets_register_script', 1 );

/**
 * Adds `defer` to our script tag (WordPress before 6.3).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function sciatica_widgets_defer_tag( $tag, $handle ) {
	if ( SCIATICA_WIDGETS_HANDLE !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( '<script ', '<script defer ', $tag );
}

/** Asks for the script on this page (once; the footer prints it). */
function sciatica_widgets_enqueue() {
	if ( is_admin() ) {
		return;
	}
	if ( ! wp_script_is( SCIATICA_WIDGETS_HANDLE, 'registered' ) ) {
		sciatica_widgets_register_script();
	}
	wp_enqueue_script( SCIATICA_WIDGETS_HANDLE );
}

/**
 * Runs over rendered content (after blocks and shortcodes): when it has one of our elements, the
 * script is enqueued and the site's settings fill the attributes the elements leave out.
 *
 * @param string $content Rendered HTML.
 * @return string
 */
function sciatica_widgets_filter_content( $content ) {
	if ( ! is_string( $content ) || ! preg_match( sciatica_widgets_tag_pattern(), $content ) ) {
		return $content;
	}
	sciatica_widgets_enqueue();
	return sciatica_widgets_fill_settings( $content );
}
// After do_blocks (9), wpautop (10) and do_shortcode (11).
add_filter( 'the_content', 'sciatica_widgets_filter_content', 20 );
add_filter( 'widget_text_content', 'sciatica_widgets_filter_content', 20 );
add_filter( 'widget_block_content', 'sciatica_widgets_filter_content', 20 );
