package org.custos.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole server on a random port, over real HTTP, with a real PostgreSQL: the
 * embedded one in a fresh temporary directory, or the external one named by {@code CUSTOS_DB_URL}.
 * Tests must not assume an empty database (the external one is shared): use {@link TestData} for
 * unique names and numbers. Every such test is tagged {@code database}, so that CI's pass against an external
 * PostgreSQL runs all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@Import(TestUsers.class)
public @interface CustosTest {
}
