package org.custos.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before any filter runs (a header over 8 KB, an undecodable or
 * {@code %2F} path): its error report valve is replaced by one that writes a problem document, so
 * even those answers carry a {@code code} in the caller's language and never Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    TomcatContextCustomizer problemErrorReports(ProblemWriter writer) {
        // the host adds Tomcat's own valve as it starts, just before it starts this context: swap it then
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
                for (Valve v : host.getPipeline().getValves()) {
                    if (v instanceof ErrorReportValve && !(v instanceof ProblemValve)) {
                        host.getPipeline().removeValve(v);
                    }
                }
                if (Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemValve.class::isInstance)) {
                    host.getPipeline().addValve(new ProblemValve(writer));
                }
            }
        });
    }

    /** Writes a problem document for an error no servlet answered. */
    static final class ProblemValve extends ErrorReportValve {

        private final ProblemWriter writer;

        ProblemValve(ProblemWriter writer) {
            this.writer = writer;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            if (resolved == null) {
                resolved = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            try {
                response.setSuspended(false);
                writer.write(request, response, new ProblemException(resolved, ErrorPages.codeFor(resolved), List.of()));
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response committed: nothing more can be said
            }
        }
    }
}
