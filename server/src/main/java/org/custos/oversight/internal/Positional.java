package org.custos.oversight.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/** Maps a row's columns, in order, to a record's components (the select lists are written for it). */
final class Positional {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, boolean.class, Boolean.class,
            long.class, Long.class);

    private Positional() {
    }

    static <R extends Record> RowMapper<R> of(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName(), e);
        }
        return (rs, n) -> {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                Class<?> t = BOXED.getOrDefault(types[i], types[i]);
                args[i] = rs.getObject(i + 1, t);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName(), e);
            }
        };
    }
}
