/** The REST API of a group's deviations, their figures per year, and RUG's raised deviations. */
package se.samverkan.deviation.api;
