<?php
/**
 * Settings › Sciatica widgets: the clinic's name and phone and the emergency number, used by every
 * element that takes them and does not set them itself.
 *
 * @package SciaticaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SCIATICA_WIDGETS_OPTION = 'sciatica_widgets_settings';

/**
 * The saved settings as attribute name => value (empty strings for unset ones).
 *
 * @return array
 */
function sciatica_widgets_settings() {
	$saved  = get_option( SCIATICA_WIDGETS_OPTION, array() );
	$values = array();
	foreach ( sciatica_widgets_setting_fields() as $name => $label ) {
		$values[ $name ] = is_array( $saved ) && isset( $saved[ $name ] ) && is_string( $saved[ $name ] ) ? $saved[ $name ] : '';
	}
	return $values;
}

/**
 * The settings: attribute name => label.
 *
 * @return array
 */
function sciatica_widgets_setting_fields() {
	return array(
		'clinic-name'      => __( 'Clinic name', 'sciatica-widgets' ),
		'clinic-phone'     => __( 'Clinic phone', 'sciatica-widgets' ),
		'emergency-number' => __( 'Emergency number', 'sciatica-widgets' ),
	);
}

/**
 * Keeps plain one-line text, at most 100 characters each.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function sciatica_widgets_sanitize_settings( $input ) {
	$clean = array();
	foreach ( sciatica_widgets_setting_fields() as $name => $label ) {
		$value          = is_array( $input ) && isset( $input[ $name ] ) && is_string( $input[ $name ] ) ? $input[ $name ] : '';
		$clean[ $name ] = mb_substr( sanitize_text_field( $value ), 0, 100 );
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'sciatica_widgets',
			SCIATICA_WIDGETS_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'sciatica_widgets_sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section(
			'sciatica_widgets_clinic',
			__( 'Your clinic', 'sciatica-widgets' ),
			function () {
				echo '<p>' . esc_html__( 'Used by every element that shows them, unless the element sets its own: the red-flag checker and the direction finder tell people to call the clinic, and every element that gives emergency advice names the emergency number. Leave the emergency number empty to let each element use the number of its language\'s region, or the words "your local emergency number".', 'sciatica-widgets' ) . '</p>';
			},
			'sciatica_widgets'
		);
		$descriptions = array(
			'clinic-name'      => __( 'For example: Riverside Physio', 'sciatica-widgets' ),
			'clinic-phone'     => __( 'For example: 020 7946 0000', 'sciatica-widgets' ),
			'emergency-number' => __( 'For example: 999, 911 or 112', 'sciatica-widgets' ),
		);
		foreach ( sciatica_widgets_setting_fields() as $name => $label ) {
			add_settings_field(
				'sciatica-widgets-' . $name,
				$label,
				function () use ( $name, $descriptions ) {
					$values = sciatica_widgets_settings();
					printf(
						'<input type="text" class="regular-text" id="%1$s" name="%2$s[%3$s]" value="%4$s" maxlength="100" /><p class="description">%5$s</p>',
						esc_attr( 'sciatica-widgets-' . $name ),
						esc_attr( SCIATICA_WIDGETS_OPTION ),
						esc_attr( $name ),
						esc_attr( $values[ $name ] ),
						esc_html( $descriptions[ $name ] )
					);
				},
				'sciatica_widgets',
				'sciatica_widgets_clinic',
				array( 'label_for' => 'sciatica-widgets-' . $name )
			);
		}
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Sciatica widgets', 'sciatica-widgets' ),
			__( 'Sciatica widgets', 'sciatica-widgets' ),
			'manage_options',
			'sciatica-widgets',
			function () {
				if ( ! current_user_can( 'manage_options' ) ) {
					return;
				}
				echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
				settings_fields( 'sciatica_widgets' );
				do_settings_sections( 'sciatica_widgets' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param array $links Action links.
 * @return array
 */
function sciatica_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=sciatica-widgets' ) ) . '">' . esc_html__( 'Settings', 'sciatica-widgets' ) . '</a>';
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SCIATICA_WIDGETS_FILE ), 'sciatica_widgets_action_links' );
