package cn.fazhi.annualreport.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under one key, for values the product signs or remembers without keeping them. */
final class Hmac {

	private final SecretKeySpec key;

	private Hmac(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	/** A key made now and never stored: what it signed is forgotten with a restart. */
	static Hmac withNewKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new Hmac(key);
	}

	/** A key given in Base64, or a new one when none is given. */
	static Hmac withKey(String base64) {
		return base64 == null || base64.isBlank() ? withNewKey() : new Hmac(Base64.getDecoder().decode(base64));
	}

	/** The parts, each ended by a NUL so that no two lists give the same input, signed; URL-safe Base64. */
	String sign(String... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			for (String part : parts) {
				mac.update(part.getBytes(StandardCharsets.UTF_8));
				mac.update((byte) 0);
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Whether the signature is the parts', compared in constant time. */
	boolean verify(String signature, String... parts) {
		return MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
