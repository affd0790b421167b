/** Faces pages of deviations: a group's list and form, one deviation, the figures, RUG's list. */
package se.samverkan.deviation.ui;
