<?php
/**
 * Deleting the plugin removes what it stored: its one option, on every site of a network. It stores
 * nothing else (no tables, no post meta, no files); the elements keep nothing on the server.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		delete_option( 'sciatica_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'sciatica_widgets_settings' );
}
