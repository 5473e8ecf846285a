/**
 * The embedded Camunda engine: its start-up on the application's datasource and JTA transactions,
 * the deployment of the models in bpmn/, and the thin beans the models call by name.
 */
package th.go.cdd.performance.workflow;
