package org.gongshi.content.staff;

/** An account with this name already exists (disabled ones included: names are never reused). */
public final class AccountExistsException extends RuntimeException {
    public AccountExistsException(String name) {
        super("用户 " + name + " 已存在");
    }
}
