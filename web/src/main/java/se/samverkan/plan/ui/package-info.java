/** Faces pages of action plans: the list with its form, and a plan with goals, activities and economy. */
package se.samverkan.plan.ui;
