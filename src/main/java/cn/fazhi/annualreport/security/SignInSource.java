package cn.fazhi.annualreport.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Where a sign-in comes from, as the throttle counts it: a browser the account signed in with before (its device
 * cookie), else the client's address. An IPv6 address counts by its /64 network, which one subscriber usually
 * holds whole: its 2^64 addresses would otherwise be as many fresh starts.
 */
record SignInSource(String key, boolean knownDevice) {

	static SignInSource device(String deviceId) {
		return new SignInSource("device:" + deviceId, true);
	}

	static SignInSource address(String address) {
		return new SignInSource(network(address), false);
	}

	private static String network(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// a literal: no name is looked up
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
