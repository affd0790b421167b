/** The UI's frame: language choice, the start of the application. */
package se.samverkan.platform.ui;
