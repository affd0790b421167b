/**
 * Goals and action plans: the area's plans, owned by the region and read by every party of its
 * area, and a municipality's own local plans; numbered goals, activities under them, joint
 * initiatives, progress per period, and (in {@code economy}) costs, financing and their balance.
 */
package se.samverkan.plan;
