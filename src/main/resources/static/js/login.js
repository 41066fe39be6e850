// A link into Tasklist names its task after '#', which never reaches the server, so the saved page it returns to
// after sign-in lacks it. A redirect without a fragment keeps the one of the request that led to it (RFC 9110
// §10.2.2): sending the form to /login#… brings the user back to the very task the link named.
(function () {
	'use strict';
	var form = document.querySelector('form.sign-in');
	if (form && location.hash.length > 1) {
		form.action = form.getAttribute('action').split('#')[0] + location.hash;
	}
}());
