package com.acme.orders;

import org.springframework.beans.factory.annotation.Value;

public class MailConfig {
    private static final String MAILGUN_KEY = "key-dcd2d54cf1f87dd87ff79fb3b6eb67e7";
    private static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,}$";
    private final String apiKey = System.getenv("MAILGUN_API_KEY");

    @Value("${stripe.secret}")
    private String stripeSecret;

    @Value("${mail.password:}")
    private String mailPassword;
}
