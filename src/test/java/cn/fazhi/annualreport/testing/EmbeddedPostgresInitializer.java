package cn.fazhi.annualreport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one real PostgreSQL for the JVM and points the datasource at a fresh database in it. */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String DATABASE = "annual_report";

	private static EmbeddedPostgres postgres;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres server = server();
		TestPropertyValues
			.of("spring.datasource.url=" + server.getJdbcUrl("postgres", DATABASE), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

	/** A fresh, empty database in the JVM's PostgreSQL, for tests that need one of their own. */
	public static synchronized String newDatabase(String name) {
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				try (Connection connection = postgres.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("create database " + DATABASE);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			// stopped after the application contexts have closed, not by a shutdown hook of its own: JVM shutdown
			// hooks run side by side, and a database gone first left the closing engine waiting 30 s for a connection
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending; the temporary data directory goes with it
				}
			});
		}
		return postgres;
	}

}
