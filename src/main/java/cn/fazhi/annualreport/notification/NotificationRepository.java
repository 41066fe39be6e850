package cn.fazhi.annualreport.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends Repository<Notification, Long> {

	Notification save(Notification notification);

	Optional<Notification> findById(Long id);

	boolean existsByDedupKey(String dedupKey);

	List<Notification> findAllByBatchIdAndDelivery(String batchId, Delivery delivery);

	List<Notification> findAllByDeliveryOrderByIdAsc(Delivery delivery, Pageable page);

	List<Notification> findAllByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

	long countByRecipientAndReadAtIsNull(String recipient);

	/** Takes a pending message for sending; 0 if another delivery got it first. */
	@Modifying
	@Query("update Notification n set n.delivery = 'SENDING', n.claimedAt = :now, n.attempts = n.attempts + 1 "
			+ "where n.id = :id and n.delivery = 'PENDING'")
	int claim(@Param("id") long id, @Param("now") Instant now);

	@Modifying
	@Query("update Notification n set n.delivery = 'SENT', n.sentAt = :now, n.lastError = null where n.id = :id")
	int markSent(@Param("id") long id, @Param("now") Instant now);

	/** Gives a message back after the mail server refused it, for the next retry. */
	@Modifying
	@Query("update Notification n set n.delivery = 'PENDING', n.lastError = :error where n.id = :id "
			+ "and n.delivery = 'SENDING'")
	int release(@Param("id") long id, @Param("error") String error);

	/** The task is done: its messages need nothing more, and count as read. */
	@Modifying
	@Query("update Notification n set n.doneAt = :now, n.readAt = coalesce(n.readAt, :now) "
			+ "where n.taskId = :taskId and n.doneAt is null")
	int markTaskDone(@Param("taskId") String taskId, @Param("now") Instant now);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);

}
