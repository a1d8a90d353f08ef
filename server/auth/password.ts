import "server-only";
import bcrypt from "bcryptjs";

export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** Compared against when the account does not exist, so timing does not reveal which e-mails exist. */
export const DUMMY_HASH = "$2b$10$3YdltlC81.jQ.obbHHcKn.MBvXUKOERHbwLjpZ.oKeGpscaXQOgRe";
