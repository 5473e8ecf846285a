/**
 * The people of a program: staff, group directors, provincial development officers and the
 * department's administrators, with their province, group (กลุ่มงาน) and contract.
 */
package th.go.cdd.performance.people;
