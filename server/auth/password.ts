import "server-only";
import bcrypt from "bcryptjs";

export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** Compared against when the account does not exist, so timing does not reveal which e-mails exist. */
export const DUMMY_HASH = "$2b$10$3YdltlC81.jQ.obbHHcKn.MBvXUKOERHbwLjpZ.oKeGpscaXQOgRe";

/** The stored hash of a new password (bcrypt, the cost of DUMMY_HASH so timing tells nothing). */
export const hashPassword = (password: string) => bcrypt.hash(password, 10);
