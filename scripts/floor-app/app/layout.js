// The bare page the size budget measures the framework's floor with: a root layout and nothing else.
export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
