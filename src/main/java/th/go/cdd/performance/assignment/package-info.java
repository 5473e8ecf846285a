/**
 * KPIs 7–10, "other related work as assigned, if any": defined by supervisors before the round
 * they apply to — for a whole province by its provincial officer, for one staff member by the
 * director of their group — with the framework's five-level shape. A person's definition of a
 * number overrides the province's. When a round's report is created, the staff member's assigned
 * KPIs take the framework's blank free-form KPI (the "assignment slot", KPI 7) and share its
 * weight equally; with none assigned, the blank KPI 7 stays as it was.
 */
package th.go.cdd.performance.assignment;
