package com.clintrack;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own SecurityContextHolderStrategy (a bean with its own ThreadLocal) as the global
 * strategy each time an application context starts. With several cached test contexts, the global
 * strategy would belong to the newest context, while @WithUserDetails and method security use the
 * current context's bean. Before each test, this makes the current context's strategy the global one.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    /** Before Spring Security's WithSecurityContextTestExecutionListener (order 10000). */
    @Override
    public int getOrder() {
        return 9_000;
    }
}
