package org.ptce.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.ptce.testing.WithTestServers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole workflow service on real servers, one context for all its tests. The job executor is off: a test fires
 * a timer by moving the engine's clock and executing the job, so that nothing fires behind its back.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@WithTestServers
public @interface WorkflowServiceTest {
}
