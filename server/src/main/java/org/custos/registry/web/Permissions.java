package org.custos.registry.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.identity.Access;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may do, evaluated from the same {@link Access} expressions the handlers
 * declare, so a page never offers an action its handler would refuse. Templates call it as
 * {@code @registryPermissions}.
 */
@Component("registryPermissions")
public class Permissions {

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    public boolean readRegistry() {
        return allows(Access.READ_REGISTRY);
    }

    public boolean admit() {
        return allows(Access.ADMIT);
    }

    public boolean changeLegalStatus() {
        return allows(Access.CHANGE_LEGAL_STATUS);
    }

    public boolean release() {
        return allows(Access.RELEASE);
    }

    /** May open the person's sentence and release dates (the sentencing module's page). */
    public boolean readSentences() {
        return allows(Access.READ_SENTENCES);
    }

    /** May open the capacity pages (a cell's page). */
    public boolean readCapacity() {
        return allows(Access.READ_CAPACITY);
    }

    public boolean readAccessLog() {
        return allows(Access.READ_ACCESS_LOG);
    }

    boolean allows(String expression) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        var root = new SecurityExpressionRoot<Object>(auth) {
        };
        Expression e = parsed.computeIfAbsent(expression, parser::parseExpression);
        return Boolean.TRUE.equals(e.getValue(new StandardEvaluationContext(root), Boolean.class));
    }
}
