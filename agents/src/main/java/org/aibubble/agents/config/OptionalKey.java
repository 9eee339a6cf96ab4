package org.aibubble.agents.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component whose key a config file may leave out. Without it every key is required.
 * An absent key takes {@link #value()}, written as in a config file ({@code "linear"}, {@code "false"},
 * {@code "1"}), and is then checked like a written one; with the default {@link #NONE} an absent key
 * leaves the component null (the record decides what absence means and refuses it where it must not
 * be absent). A key that is present is never defaulted: an explicit {@code null} is still refused.
 * The config loader (in {@code sim}) reads this annotation; the writer leaves out a null optional key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalKey {
    /** The value of {@link #value()} that means: no default, an absent key leaves the component null. */
    String NONE = "";

    /** @return the value an absent key takes, as config text; {@link #NONE} for null */
    String value() default NONE;
}
