export default function SqlView() {
  return <section className="view" />;
}
