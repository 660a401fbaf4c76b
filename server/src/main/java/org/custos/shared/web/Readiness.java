package org.custos.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether Custos has finished starting: the web server answers early, while the start-up work (the demo
 * dataset on a first start, checks of stored release dates) still runs. Pages show {@code custosStarting};
 * the log says once, last, that Custos is ready and where.
 */
@Component
@ControllerAdvice
public class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);
    private volatile boolean ready;

    @EventListener
    void on(ApplicationReadyEvent event) {
        ready = true;
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "?");
        log.info("Custos is ready: http://localhost:{}/", port);
    }

    public boolean ready() {
        return ready;
    }

    @ModelAttribute("custosStarting")
    boolean starting() {
        return !ready;
    }
}
