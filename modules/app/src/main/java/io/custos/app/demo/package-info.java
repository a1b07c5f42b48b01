/** The demo-data step: what the demo tenant carries besides its configuration, added through the use cases. */
package io.custos.app.demo;
