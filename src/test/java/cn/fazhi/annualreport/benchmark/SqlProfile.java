package cn.fazhi.annualreport.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the web requests ask the database, for a benchmark's profile: every statement the request threads (Tomcat's
 * {@code http-nio-…}) execute while recording, with its time in {@code execute…} (the drivers used here read the
 * whole result there). The data source is wrapped only when the benchmark asks for the profile, so the measured runs
 * go through the product's own pool untouched.
 */
final class SqlProfile implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static volatile boolean recording;

	private static final Map<String, long[]> STATEMENTS = new ConcurrentHashMap<>();

	private static final LongAdder COUNT = new LongAdder();

	private static final LongAdder NANOS = new LongAdder();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
						? proxy(DataSource.class, dataSource) : bean;
			}
		});
	}

	static void start() {
		STATEMENTS.clear();
		COUNT.reset();
		NANOS.reset();
		recording = true;
	}

	static void stop() {
		recording = false;
	}

	static long statements() {
		return COUNT.sum();
	}

	static long nanos() {
		return NANOS.sum();
	}

	/** The statements by total time, the longest first: count and milliseconds. */
	static Map<String, long[]> top(int limit) {
		Map<String, long[]> top = new LinkedHashMap<>();
		STATEMENTS.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
			.limit(limit)
			.forEach(e -> top.put(e.getKey(), e.getValue().clone()));
		return top;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target) {
		return (T) Proxy.newProxyInstance(SqlProfile.class.getClassLoader(), new Class<?>[] { type },
				new Recorder(target, null));
	}

	private record Recorder(Object target, String sql) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
				return target;
			}
			if (name.equals("isWrapperFor") && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
				return true;
			}
			long start = System.nanoTime();
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Connection connection && name.equals("getConnection")) {
				return Proxy.newProxyInstance(SqlProfile.class.getClassLoader(), new Class<?>[] { Connection.class },
						new Recorder(connection, null));
			}
			if (result instanceof Statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
				Class<?> type = name.equals("prepareCall") ? java.sql.CallableStatement.class
						: name.equals("prepareStatement") ? java.sql.PreparedStatement.class : Statement.class;
				String prepared = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				return Proxy.newProxyInstance(SqlProfile.class.getClassLoader(), new Class<?>[] { type },
						new Recorder(result, prepared));
			}
			if (name.startsWith("execute") && recording && Thread.currentThread().getName().startsWith("http-")) {
				long nanos = System.nanoTime() - start;
				String text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
				text = text.replaceAll("\\s+", " ").strip();
				long[] totals = STATEMENTS.computeIfAbsent(text, t -> new long[2]);
				synchronized (totals) {
					totals[0]++;
					totals[1] += nanos;
				}
				COUNT.increment();
				NANOS.add(nanos);
			}
			return result;
		}

	}

}
