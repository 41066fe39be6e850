package cn.fazhi.annualreport.submission;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SubmissionRepository extends Repository<Submission, Long> {

	List<Submission> findAllByCampaignIdOrderByIdAsc(long campaignId);

	Submission save(Submission submission);

}
