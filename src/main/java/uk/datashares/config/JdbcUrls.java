package uk.datashares.config;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: with any password removed. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pass|pwd)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(redacted).replaceAll("//$1:****@");
    }

    /** Removes every occurrence of a secret from a message. */
    public static String scrub(String message, String secret) {
        if (message == null || secret == null || secret.length() < 3) {
            return message;
        }
        return message.replace(secret, "****");
    }
}
