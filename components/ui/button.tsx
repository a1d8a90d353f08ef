import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// The styles live in app/globals.css as component classes (.btn-*): a table with a few buttons per
// row would otherwise repeat ~600 characters of utility classes per button in the HTML and again in
// the React Server Components payload.
export const buttonVariants = cva("btn", {
  variants: {
    variant: {
      primary: "btn-primary",
      secondary: "btn-secondary",
      ghost: "btn-ghost",
      danger: "btn-danger",
      link: "btn-link",
    },
    size: {
      sm: "btn-sm",
      md: "btn-md",
      icon: "btn-icon",
    },
  },
  defaultVariants: { variant: "secondary", size: "md" },
});

export type ButtonVariantProps = VariantProps<typeof buttonVariants>;

export function Button({ className, variant, size, type = "button", ...props }: ComponentProps<"button"> & ButtonVariantProps) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}

/**
 * A link that looks like a button (navigation is a link, an action is a button). A plain anchor: the
 * root layout's RouterLinks sends its clicks through the client router (docs/decisions/0041-plain-links.md).
 */
export function ButtonLink({ className, variant, size, ...props }: ComponentProps<"a"> & { href: string } & ButtonVariantProps) {
  return <a className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
