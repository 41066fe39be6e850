package cn.fazhi.annualreport.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same request from several threads released together, as fast clicks or a form sent twice do. */
public final class AtOnce {

	private AtOnce() {
	}

	public static <T> List<T> inParallel(int count, Callable<T> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<T>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
