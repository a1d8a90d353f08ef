// Rendered on every request, like every portal page; nothing else.
export const dynamic = "force-dynamic";

export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>{new Date().toISOString()}</p>
    </main>
  );
}
