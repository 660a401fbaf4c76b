// Buttons marked data-print open the browser's print dialog. A static file, not an inline
// onclick handler, because the Content-Security-Policy allows scripts from 'self' only.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    event.preventDefault();
    window.print();
  }
});
