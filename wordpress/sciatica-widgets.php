<?php
/**
 * Plugin Name:       Sciatica widgets
 * Plugin URI:        https://www.npmjs.com/package/sciatica-widgets
 * Description:       Sciatica self-care elements for your posts and pages: red-flag checker, exercise cards, nerve glide timer, pain map and direction finder. Shortcodes, blocks, and the raw tags for every role that may post. Sends nothing anywhere.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            sciatica-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sciatica-widgets
 * Domain Path:       /languages
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SCIATICA_WIDGETS_VERSION', '0.0.0-dev' );
define( 'SCIATICA_WIDGETS_FILE', __FILE__ );
define( 'SCIATICA_WIDGETS_MIN_WP', '6.1' );
define( 'SCIATICA_WIDGETS_MIN_PHP', '7.4' );

/**
 * Whether this WordPress and PHP are new enough. WordPress checks the header's "Requires" lines when
 * the plugin is activated; this also covers a site that was downgraded after activation.
 */
function sciatica_widgets_requirements_met() {
	global $wp_version;
	return version_compare( PHP_VERSION, SCIATICA_WIDGETS_MIN_PHP, '>=' )
		&& version_compare( $wp_version, SCIATICA_WIDGETS_MIN_WP, '>=' );
}

if ( ! sciatica_widgets_requirements_met() ) {
	add_action(
		'admin_notices',
		function () {
			echo '<div class="notice notice-error"><p>' . esc_html(
				sprintf(
					/* translators: 1: minimum WordPress version, 2: minimum PHP version */
					__( 'Sciatica widgets needs WordPress %1$s or later and PHP %2$s or later. It is not running.', 'sciatica-widgets' ),
					SCIATICA_WIDGETS_MIN_WP,
					SCIATICA_WIDGETS_MIN_PHP
				)
			) . '</p></div>';
		}
	);
	return;
}

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'sciatica-widgets', false, dirname( plugin_basename( SCIATICA_WIDGETS_FILE ) ) . '/languages' );
	}
);
