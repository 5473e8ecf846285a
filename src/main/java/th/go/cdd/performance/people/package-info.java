/**
 * The people of a program: staff, group directors, provincial development officers and the
 * department's administrators, with their province, group (กลุ่มงาน) and contract; substitutions
 * (ผู้ปฏิบัติหน้าที่แทน) and {@code Duties}, the one place that says whose tasks a person takes today.
 */
package th.go.cdd.performance.people;
