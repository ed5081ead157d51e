package com.acme.orders;

class MailConfigTest {
    private static final String TEST_PASSWORD = "password123";
    private static final String DUMMY_KEY = "key-00000000000000000000000000000000";
    private static final String EXAMPLE_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
}
