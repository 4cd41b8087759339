package org.ptce.applications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApplicationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApplicationsApplication.class, args);
    }
}
