package org.custos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Custos: the national registry of persons deprived of liberty, as one modular monolith. */
@SpringBootApplication
public class CustosApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustosApplication.class, args);
    }
}
