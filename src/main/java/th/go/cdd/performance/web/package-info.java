/** JSF backing beans (thin: view state and one service call per action), converters and the download servlet. */
package th.go.cdd.performance.web;
