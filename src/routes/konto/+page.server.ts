import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const user = locals.user!;
	return {
		name: user.name,
		email: user.email,
		isAdmin: user.isAdmin,
		roles: user.roles,
		organisations: user.organisations,
		pendingApproval: user.pendingApproval ?? false
	};
};
