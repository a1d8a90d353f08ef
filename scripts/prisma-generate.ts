import { generateClient } from "./lib/offline-prisma";

generateClient();
