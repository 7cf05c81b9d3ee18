/**
 * Notifications from workflows to customers, over channels that are plugins
 * ({@link ai.xseven.notification.NotificationChannel}), and alerts to owners.
 */
package ai.xseven.notification;
